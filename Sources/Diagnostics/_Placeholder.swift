// Placeholder until this module is written; delete when adding real sources.
