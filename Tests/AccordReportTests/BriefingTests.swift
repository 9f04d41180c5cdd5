import AccordCore
import Testing

@testable import AccordReport
