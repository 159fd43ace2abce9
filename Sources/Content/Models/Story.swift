/// A success story: one person's route into work.
public struct Story: ContentItem, Hashable, Codable {
    /// Title, slug, language, tags, body, ….
    public var metadata: ItemMetadata
    /// `date` (required).
    public var date: ContentDate
    /// `person`: the name shown.
    public var person: String?
    /// `pseudonym`: whether `person` is not the real name.
    public var pseudonym: Bool
    /// `consent` (required); only `given` is ever published.
    public var consent: Consent
    /// `country`, as an ISO code (a country name in front matter is converted).
    public var country: CountryCode?
    /// `pipeline`.
    public var pipeline: Pipeline?
    /// `image` as written: relative to the story's bundle folder, or absolute from the site root (`/media/amal.jpg`).
    public var image: String?
    /// `image_alt`: required when `image` is given.
    public var imageAlt: String?

    /// Whether the story may appear anywhere in the output: only with `consent: given`.
    public var isPublishable: Bool { consent == .given }

    /// Creates a story.
    public init(metadata: ItemMetadata, date: ContentDate, person: String? = nil, pseudonym: Bool = false, consent: Consent,
                country: CountryCode? = nil, pipeline: Pipeline? = nil, image: String? = nil, imageAlt: String? = nil) {
        self.metadata = metadata
        self.date = date
        self.person = person
        self.pseudonym = pseudonym
        self.consent = consent
        self.country = country
        self.pipeline = pipeline
        self.image = image
        self.imageAlt = imageAlt
    }
}
