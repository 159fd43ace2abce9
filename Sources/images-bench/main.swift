// Processes a folder of photos twice through one cache folder and prints how long each pass took
// and how large the variants are: the cold pass encodes everything, the warm pass only reads manifests.
// Usage: images-bench PHOTOS_DIR CACHE_DIR
import Foundation
import Images

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2, let photos = arguments.first, let cache = arguments.last else {
    FileHandle.standardError.write(Data("usage: images-bench PHOTOS_DIR CACHE_DIR\n".utf8))
    exit(2)
}
let names = try FileManager.default.contentsOfDirectory(atPath: photos).sorted()
let sources = try names.map { name in
    ImageSource(path: name, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: photos).appendingPathComponent(name))))
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
