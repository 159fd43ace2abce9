import Foundation

/// A JPEG carrying what a phone writes into a photo: GPS position, camera make and model, orientation 6
/// (stored sideways: the camera was turned) and an embedded thumbnail, added with exiftool.
enum PhonePhoto {
    /// Stored 400x300 with the red block top-left; shown upright it is 300x400 with the block top-right.
    static let storedWidth = 400
    static let storedHeight = 300

    static func make(in folder: URL) throws -> [UInt8] {
        let pixels = TestPictures.marked(width: storedWidth, height: storedHeight)
        let jpeg = try TestPictures.encode(pixels: pixels, width: storedWidth, height: storedHeight, suffix: ".jpg[Q=90]")
        let thumbnail = try TestPictures.encode(
            pixels: TestPictures.marked(width: 160, height: 120), width: 160, height: 120, suffix: ".jpg[Q=80]"
        )
        let photo = folder.appendingPathComponent("phone.jpg")
        let thumb = folder.appendingPathComponent("thumb.jpg")
        try Data(jpeg).write(to: photo)
        try Data(thumbnail).write(to: thumb)
        _ = try ExternalTool.exiftool.run([
            "-q", "-overwrite_original", "-n", "-Make=PhonesRUs", "-Model=Pocket 12", "-Orientation=6",
            "-GPSLatitude=36.2021", "-GPSLatitudeRef=N", "-GPSLongitude=37.1343", "-GPSLongitudeRef=E",
            "-XMP-dc:Creator=Amal", "-ThumbnailImage<=\(thumb.path)", photo.path,
        ])
        return Array(try Data(contentsOf: photo))
    }

    /// exiftool's tags for `bytes`, as group:name → value text.
    static func tags(of bytes: [UInt8], in folder: URL, name: String) throws -> [String: String] {
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        let json = try ExternalTool.exiftool.run(["-j", "-a", "-G1", "-b", file.path])
        guard let list = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]], let tags = list.first else {
            throw TestPictures.Failure(description: "exiftool printed no JSON")
        }
        return tags.mapValues { "\($0)" }
    }
}
