import Foundation
import Dispatch
import Images
import Synchronization

extension MediaPublisher {
    /// A preview for every story and opening, made in parallel.
    func previews(_ items: inout [PublishedItem], references: MediaReferences, pictures: [String: Picture],
                  into media: inout PublishedMedia) {
        let maker = LinkPreviewMaker(cacheFolder: cacheFolder?.appendingPathComponent("previews", isDirectory: true),
                                     colours: LinkPreviewMaker.colours(from: site.settings.params),
                                     siteOrganisation: LinkPreviewMaker.siteOrganisation(site.settings),
                                     writesCache: writesCache)
        let wanted = items.indices.filter { items[$0].kind == .story || items[$0].kind == .opening }
        var photos: [Int: (path: String, file: String)] = [:]
        for index in wanted {
            guard case .story(let story) = items[index].detail, let image = story.image,
                  let file = references.resolve(image, in: items[index]), pictures[file.output] != nil,
                  case .file(let absolute) = site.folder.entry(file.source) else { continue }
            photos[index] = (file.source, absolute)
        }
        let snapshot = items
        let sources = photos
        let results = Mutex([Int: Result<LinkPreview, ImageError>]())
        DispatchQueue.concurrentPerform(iterations: wanted.count) { position in
            let index = wanted[position]
            let result = maker.preview(for: snapshot[index], photo: sources[index])
            results.withLock { $0[index] = result }
        }
        for (index, result) in results.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            switch result {
            case .success(let preview):
                items[index].preview = preview
                if let file = preview.cachedFile { media.copies.append((file, preview.path)) } else { media.inMemory.append(preview.path) }
            case .failure(let error):
                media.diagnostics.append(.error("link preview: \(error.message)", path: photos[index]?.path ?? items[index].sourcePath))
            }
        }
    }
}
