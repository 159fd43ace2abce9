extension FilterTable {
    /// Every standard Liquid filter.
    public static let standard: FilterTable = {
        let table = FilterTable()
        return table
    }()
}
