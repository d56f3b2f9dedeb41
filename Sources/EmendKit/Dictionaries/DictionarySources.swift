/// Where dictionaries come from, in layers: the bundled folder, then a project's and a
/// user's files. A later layer's entry with an earlier entry's id replaces it, and
/// `disabled` ids are dropped, so a newsroom never edits the bundled files.
public struct DictionarySources: Sendable {
    /// The bundled folder (every `*.toml` and `*.tsv` in it), if any.
    public var bundled: String?
    /// Further files, lowest priority first.
    public var layers: [String]
    /// Entry ids to leave out.
    public var disabled: Set<String>
    /// Where `disabled` was written, for messages.
    public var configLocation: SourceLocation?

    public init(bundled: String?, layers: [String] = [], disabled: Set<String> = [], configLocation: SourceLocation? = nil) {
        self.bundled = bundled
        self.layers = layers
        self.disabled = disabled
        self.configLocation = configLocation
    }
}
