import AccordLocalization

// A pillar's and a sector's name in the briefing's language, where the plan gives it, else in
// English, as the screens name them. csv and json keep the English `name`, which programs read.

extension PillarFacts {
  public func name(in writing: Writing) -> String { otherNames[writing.language.code] ?? name }
}

extension CommitmentFacts {
  public func sectorName(in writing: Writing) -> String { otherSectorNames[writing.language.code] ?? sectorName }
}
