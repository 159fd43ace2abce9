/// The texts `pathways new` writes for an editor to replace, in one place: the scaffold writes them and the
/// loader refuses to publish an item that still holds one.
public enum ScaffoldPlaceholder {
    /// `person`, commented out in a new story.
    public static let person = "First name"
    /// `image_alt`, commented out in a new story.
    public static let imageAlt = "What the photo shows"
    /// `programme`, commented out in a new evaluation.
    public static let programme = "Name of the programme"
    /// `organisation` of a new evaluation.
    public static let evaluationOrganisation = "Who ran it"
    /// `organisation` of a new opening.
    public static let openingOrganisation = "Who is hiring"
    /// `location` of a new opening.
    public static let location = "City, Country"
    /// `apply_url` of a new opening.
    public static let applyURL = "https://example.org/apply"

    /// Front-matter values that are placeholders, never real content.
    public static let fieldValues = [person, imageAlt, programme, evaluationOrganisation, openingOrganisation, location, applyURL]

    /// The prompts in the bodies of new items; each is a whole paragraph.
    public static let bodyPrompts = [
        "What was life like before, what changed, and what comes next, in their words.",
        "Describe the programme: who took part, for how long, and what they received.",
        "Say who was measured, when, and how they were chosen; say whether a comparison group was followed.",
        "Say what the figures cannot show.",
        "Describe the work, the hours and the team.",
        "List the skills, languages and devices the work needs.",
        "Say how to apply, by when, and what happens next.",
    ]

    /// The body outline of a new item of `kind`: headings with a prompt under each.
    public static func body(for kind: ContentKind) -> String {
        let prompts = bodyPrompts
        switch kind {
        case .story:
            return prompts[0] + "\n"
        case .evaluation:
            return "## What was done\n\n\(prompts[1])\n\n## How it was measured\n\n\(prompts[2])\n\n## Limitations\n\n\(prompts[3])\n"
        case .opening:
            return "## The role\n\n\(prompts[4])\n\n## What you need\n\n\(prompts[5])\n\n## How to apply\n\n\(prompts[6])\n"
        case .page:
            return ""
        }
    }
}
