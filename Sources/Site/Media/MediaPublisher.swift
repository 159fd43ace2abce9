import Content
import Diagnostics
import Foundation
import Images

/// What publishing media adds to a build: files to copy into the output and the problems found.
struct PublishedMedia: Sendable {
    /// Files copied as they are: re-encoded variants and previews (from the cache), and non-raster media.
    var copies: [(source: String, path: String)] = []
    /// Outputs a check encodes in memory but writes nothing for (variants, previews), so links to them are not broken.
    var inMemory: [String] = []
    var diagnostics: [Diagnostic] = []
}

/// Publishes only the media that published content refers to (or site.yml's `publish_media` lists): every raster
/// picture decoded and re-encoded at several widths without metadata (the original is never published), SVGs
/// only without script, PDFs with a warning when they name their author; then gives items their pictures and
/// link previews and rewrites body images into `<picture>` markup.
struct MediaPublisher: Sendable {
    let site: LoadedSite
    let routes: Routes
    /// `.pathways-cache/` under the site root: `images/` for variants, `previews/` for link previews; nil to encode
    /// every picture in memory.
    let cacheFolder: URL?
    /// Whether what is encoded now is added to the cache. `pathways check` writes nothing: it reads what earlier
    /// builds encoded and encodes the rest in memory only, to find their problems.
    var writesCache = true

    /// Extensions treated as raster pictures: what the Images module reads, plus formats it refuses with a reason.
    static let rasterExtensions: Set<String> = Set(ImageFormat.allCases.flatMap(\.extensions)).union(["tif", "tiff", "bmp"])

    /// Publishes media for `items` and updates their HTML, pictures and previews.
    /// - Complexity: one decode per picture not yet in the cache, spread over the cores.
    func publish(_ items: inout [PublishedItem]) -> PublishedMedia {
        var media = PublishedMedia()
        let references = MediaReferences(mediaFiles: Set(site.content.mediaFiles), basePath: routes.basePath)
        // Found once: rewriting bodies below changes their HTML, not the links and files they refer to.
        let referenced = items.map(references.files(of:))
        var selected = Set(referenced.joined())
        for name in site.settings.publishMedia {
            if site.content.mediaFiles.contains(name) {
                selected.insert(MediaFile(source: "content/media/" + name, output: "media/" + name))
            } else {
                media.diagnostics.append(siteConfigError(
                    "'publish_media' lists '\(name)', but content/media/\(name) does not exist; hint: check the spelling or remove the entry",
                    mentioning: name))
            }
        }

        var rasters: [(file: MediaFile, absolute: String)] = []
        for file in selected.sorted() {
            guard case .file(let absolute) = site.folder.entry(file.source) else { continue }
            if Self.rasterExtensions.contains(Self.fileExtension(file.output)) {
                rasters.append((file, absolute))
                continue
            }
            guard let bytes = try? site.folder.fileSystem.contents(of: absolute) else {
                media.diagnostics.append(.error("could not read this file to check it before publishing", path: file.source))
                continue
            }
            // Picture bytes under another name are refused by the Images module with a reason, never copied as they are.
            if ImageFormat.sniff(bytes) != nil {
                rasters.append((file, absolute))
            } else if let problem = check(file, bytes: bytes) {
                media.diagnostics.append(problem)
                if !problem.isError { media.copies.append((absolute, file.output)) }
            } else {
                media.copies.append((absolute, file.output))
            }
        }

        let pictures = process(Self.withoutSharedStems(rasters, diagnostics: &media.diagnostics), into: &media)
        let rewriter = BodyImages(references: references, pictures: pictures)
        for index in items.indices {
            let item = items[index]
            media.diagnostics += altTextProblems(item)
            // Without raw HTML every <img> and <a> of the body is one of its links: most bodies need no rewriting.
            if site.settings.allowUnsafeHTML || item.bodyLinks.contains(where: { rewriter.leadsToPicture($0, in: item) }) {
                items[index].html = rewriter.rewrite(item.html, of: item)
            }
            if case .story(let story) = item.detail, let image = story.image {
                let file = references.resolve(image, in: item)
                if let file, var picture = pictures[file.output] {
                    picture.alt = story.imageAlt ?? ""
                    items[index].picture = picture
                } else if let file, !media.diagnostics.contains(where: { $0.path == file.source }) {
                    // A picture that was refused has its error already; anything else (a PDF, an SVG) is no photo.
                    media.diagnostics.append(located(
                        "image '\(image)' is not a photo Pathways publishes (JPEG, PNG, WebP, GIF or HEIC), so the story shows no photo",
                        severity: .warning, in: item.sourcePath, field: "image"))
                } else if image.contains("://") {
                    media.diagnostics.append(located(
                        "image '\(image)' is on another site, so the story shows no photo: pictures are published from the site "
                            + "itself, resized and without metadata; hint: save it under content/media/ and write 'image: /media/<name>'",
                        severity: .warning, in: item.sourcePath, field: "image"))
                }
            }
        }
        for index in items.indices {
            items[index].mediaSources = referenced[index].map(\.source)
        }
        previews(&items, references: references, pictures: pictures, into: &media)
        return media
    }

    /// An SVG with script is an error; a PDF naming its author a warning.
    private func check(_ file: MediaFile, bytes: [UInt8]) -> Diagnostic? {
        switch Self.fileExtension(file.output) {
        case "svg": return SVGSafety.problem(in: String(decoding: bytes, as: UTF8.self)).map { .error($0, path: file.source) }
        case "pdf": return PDFMetadata.warning(for: bytes).map { .warning($0, path: file.source) }
        default: return nil
        }
    }

    /// Re-encodes every raster (in parallel, through the cache) and returns the pictures by their original's output path.
    private func process(_ rasters: [(file: MediaFile, absolute: String)], into media: inout PublishedMedia) -> [String: Picture] {
        var processor = ImageProcessor(cacheFolder: cacheFolder?.appendingPathComponent("images", isDirectory: true))
        processor.writesCache = writesCache
        let results = processor.process(rasters.map { ImageSource(path: $0.file.source, file: URL(fileURLWithPath: $0.absolute)) })
        var pictures: [String: Picture] = [:]
        for (raster, result) in zip(rasters, results) {
            switch result {
            case .failure(let error):
                media.diagnostics.append(.error(error.message, path: raster.file.source))
            case .success(let processed):
                let sourceStem = Self.stem(raster.file.source), outputStem = Self.stem(raster.file.output)
                var webp: [Picture.Candidate] = [], fallback: [Picture.Candidate] = []
                for variant in processed.variants {
                    let path = outputStem + variant.relativeName.dropFirst(sourceStem.count)
                    if case .file(let url) = variant.content { media.copies.append((url.path, path)) } else { media.inMemory.append(path) }
                    let candidate = Picture.Candidate(url: routes.url(path), width: variant.width, height: variant.height)
                    if variant.format == .webp { webp.append(candidate) } else { fallback.append(candidate) }
                }
                if !fallback.isEmpty { pictures[raster.file.output] = Picture(webp: webp, fallback: fallback) }
            }
        }
        return pictures
    }

    /// `rasters` without those whose variants would take the names of an earlier one's (`a.jpg` and `a.png` both
    /// give `a-360.webp`); each of those is an error at its source.
    static func withoutSharedStems(_ rasters: [(file: MediaFile, absolute: String)],
                                   diagnostics: inout [Diagnostic]) -> [(file: MediaFile, absolute: String)] {
        var owners: [String: String] = [:]
        return rasters.filter { raster in
            let stem = stem(raster.file.output)
            guard let first = owners[stem] else {
                owners[stem] = raster.file.source
                return true
            }
            diagnostics.append(.error("this picture and \(first) would both be published as \(stem)-<width>.webp; "
                + "hint: rename one of them", path: raster.file.source))
            return false
        }
    }

    /// Body images without a description, located in the Markdown file.
    private func altTextProblems(_ item: PublishedItem) -> [Diagnostic] {
        item.bodyImages.compactMap { image in
            AltText.problem(image.alt, source: image.source).map {
                .error($0, path: item.sourcePath, line: item.metadata.bodyStartLine + image.line - 1, column: image.column)
            }
        }
    }

    /// A diagnostic on the front matter line of `field` in `path`, else at the file's start.
    private func located(_ message: String, severity: Diagnostic.Severity, in path: String, field: String) -> Diagnostic {
        var ignored: [Diagnostic] = []
        let lines = site.folder.text(path, diagnostics: &ignored)?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        let line = lines.firstIndex { $0.hasPrefix(field + ":") }.map { $0 + 1 } ?? 1
        return Diagnostic(severity: severity, path: path, line: line, column: 1, message: message)
    }

    /// An error in site.yml, on the line that mentions `text` when there is one.
    private func siteConfigError(_ message: String, mentioning text: String) -> Diagnostic {
        var ignored: [Diagnostic] = []
        let lines = site.folder.text("content/site.yml", diagnostics: &ignored)?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        for (number, line) in lines.enumerated() {
            if let range = line.range(of: text) {
                return .error(message, path: "content/site.yml", line: number + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return .error(message, path: "content/site.yml")
    }

    static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    static func stem(_ path: String) -> String {
        let ext = fileExtension(path)
        return ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
    }
}
