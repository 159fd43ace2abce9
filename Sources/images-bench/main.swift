// Processes a folder of photos twice through one cache folder and prints how long each pass took
// and how large the variants are: the cold pass encodes everything, the warm pass only reads manifests.
// Usage: images-bench PHOTOS_DIR CACHE_DIR
//        images-bench --previews OUT_DIR [PHOTO]   writes sample Open Graph cards (and a cropped photo) to look at
import Foundation
import Images

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "--previews", arguments.count >= 2 {
    let out = URL(fileURLWithPath: arguments[arguments.startIndex + 1], isDirectory: true)
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let colours = CardColours(background: RGBColour(hex: "#0b3d2e")!, text: RGBColour(hex: "#ffffff")!, accent: RGBColour(hex: "#f5b700")!)
    let cards = [
        ("card-en.jpg", "Remote customer support agent (Arabic and English)", "Tent Partnership for Refugees", false),
        ("card-ar.jpg", "وكيل دعم العملاء عن بُعد (العربية والإنجليزية)", "شراكة الخيمة من أجل اللاجئين", true),
        ("card-uk.jpg", "Віддалений менеджер служби підтримки <з досвідом> & англійською", "Pathways", false),
    ]
    for (name, title, organisation, rightToLeft) in cards {
        let bytes = try OpenGraphImage.card(title: title, organisation: organisation, rightToLeft: rightToLeft, colours: colours)
        try Data(bytes).write(to: out.appendingPathComponent(name))
        print("\(name) \(bytes.count) bytes")
    }
    if arguments.count == 3, let photo = arguments.last {
        let bytes = try OpenGraphImage.cropped(photo: ImageSource(path: photo, file: URL(fileURLWithPath: photo)))
        try Data(bytes).write(to: out.appendingPathComponent("cropped.jpg"))
        print("cropped.jpg \(bytes.count) bytes")
    }
    exit(0)
}
guard arguments.count == 2, let photos = arguments.first, let cache = arguments.last else {
    FileHandle.standardError.write(Data("usage: images-bench PHOTOS_DIR CACHE_DIR\n".utf8))
    exit(2)
}
let names = try FileManager.default.contentsOfDirectory(atPath: photos).sorted()
let sources = names.map { name in
    ImageSource(path: name, file: URL(fileURLWithPath: photos).appendingPathComponent(name))
}
let processor = ImageProcessor(cacheFolder: URL(fileURLWithPath: cache, isDirectory: true))
let clock = ContinuousClock()
for pass in ["cold", "warm"] {
    var results: [Result<ProcessedImage, ImageError>] = []
    let elapsed = clock.measure { results = processor.process(sources) }
    let images = results.compactMap { try? $0.get() }
    let failures = results.count - images.count
    let encoded = images.reduce(0) { $0 + $1.encodedCount }
    print("\(pass): \(sources.count) photos in \(elapsed), \(encoded) variants encoded, \(failures) failed")
    if pass == "cold", let first = images.first {
        for variant in first.variants {
            let size = (try? variant.data().count) ?? -1
            print("  \(variant.relativeName) \(variant.width)x\(variant.height) \(size) bytes")
        }
    }
    for case let .failure(error) in results.prefix(3) { print("  error: \(error)") }
}
