extension Plan {
  /// The plan with a whole journal's updates merged in (see `JournalMerge`).
  public func merging(_ updates: [JournalUpdate]) -> Plan {
    JournalMerge(planFile: self, updates: updates).plan
  }
}
