/// Who led a meeting on each side of the plan, as a named source gives them: either side may
/// be unknown ("the Lao Prime Minister's visit" names no Cambodian host).
public struct MeetingLeaders: Sendable, Equatable {
  public var lao: String?
  public var cambodia: String?
  public var source: String

  public init(lao: String?, cambodia: String?, source: String) {
    self.lao = lao
    self.cambodia = cambodia
    self.source = source
  }
}
