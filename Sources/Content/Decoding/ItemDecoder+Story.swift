extension ItemDecoder {
    func decodeStory(_ metadata: ItemMetadata?, _ fields: FieldReader, _ entry: ContentFileEntry) -> Story? {
        let date = fields.date("date", required: true)
        let person = fields.string("person")
        let pseudonym = fields.bool("pseudonym") ?? false
        let consent = fields.enumeration("consent", required: true, as: Consent.self)
        let country = fields.value("country") { text throws(InvalidValue) in try CountryCode(codeOrName: text) }
        let pipeline = fields.enumeration("pipeline", as: Pipeline.self)
        let image = fields.string("image")
        let imageAlt = fields.string("image_alt")
        if let image {
            if imageAlt == nil || imageAlt!.allSatisfy(\.isWhitespace) {
                fields.error("'image_alt' is required when 'image' is given; describe the picture for screen readers", at: "image")
            }
            if let problem = imageProblem(image, entry) { fields.error(problem, at: "image") }
        }
        guard let metadata, let date, let consent else { return nil }
        return Story(metadata: metadata, date: date, person: person, pseudonym: pseudonym, consent: consent, country: country,
                     pipeline: pipeline, image: image, imageAlt: imageAlt)
    }

    /// Why an `image` path would not resolve, or `nil` when it does.
    private func imageProblem(_ image: String, _ entry: ContentFileEntry) -> String? {
        if image.hasPrefix("https://") || image.hasPrefix("http://") { return nil }
        if image.hasPrefix("/") {
            let underMedia = image.hasPrefix("/media/") ? String(image.dropFirst("/media/".count)) : nil
            if let underMedia, mediaFiles.contains(underMedia) { return nil }
            return "image '\(image)' not found; expected a file under content/media, e.g. '/media/photo.jpg'"
        }
        guard let folder = entry.bundleFolder else {
            return "image '\(image)' is relative but this story is not a bundle; use '/media/\(image)' or move the story to "
                + "content/stories/\(entry.slugSource.hasSuffix(".md") ? String(entry.slugSource.dropLast(3)) : entry.slugSource)/index.md"
        }
        let normalised = image.hasPrefix("./") ? String(image.dropFirst(2)) : image
        if entry.bundleFiles.contains("\(folder)/\(normalised)") { return nil }
        return "image '\(image)' not found beside \(entry.path)"
    }
}
