import Foundation

/// The search index and the agencies of one plan view, built the first time `/` or `a` needs
/// them and kept for the life of the view: a reload or a new day makes a new view, and so new
/// indexes; a keystroke never does.
public final class FindingIndexes: @unchecked Sendable {
  private let plan: Plan
  private let lock = NSLock()
  private var searchIndex: SearchIndex?
  private var agencyIndex: AgencyIndex?

  init(plan: Plan) {
    self.plan = plan
  }

  public var search: SearchIndex {
    lock.withLock {
      if let searchIndex { return searchIndex }
      let built = SearchIndex(plan: plan)
      searchIndex = built
      return built
    }
  }

  public var agencies: AgencyIndex {
    lock.withLock {
      if let agencyIndex { return agencyIndex }
      let built = AgencyIndex(plan: plan)
      agencyIndex = built
      return built
    }
  }

  /// Whether the search index has been built yet (for tests of its laziness).
  public var hasSearchIndex: Bool { lock.withLock { searchIndex != nil } }
}
