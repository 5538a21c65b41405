import ArgumentParser
import SesplanKit

/// Range checks of command-line options, with the same limits as the policy file (``InputLimits``).
enum OptionRanges {
    /// `--plans`: 1–100.
    static func check(plans: Int) throws {
        guard InputLimits.plans.contains(plans) else {
            throw ValidationError("--plans must be between \(InputLimits.plans.lowerBound) and \(InputLimits.plans.upperBound)")
        }
    }

    /// `--time-limit`: above 0 and at most one week.
    static func check(timeLimit: Double) throws {
        guard timeLimit > 0, timeLimit <= InputLimits.maxTimeLimitSeconds else {
            throw ValidationError("--time-limit must be a number of seconds above 0 and at most "
                                  + "\(Int(InputLimits.maxTimeLimitSeconds)) (one week)")
        }
    }

    /// `--as-of`: a `YYYY-MM-DD` date no later than ``InputLimits/latestPlanningDay``.
    static func check(asOf: String) throws {
        guard let day = Day(iso: asOf) else { throw ValidationError("--as-of must be a date YYYY-MM-DD, not '\(asOf)'") }
        if day > InputLimits.latestPlanningDay {
            throw ValidationError("--as-of must be at most \(InputLimits.latestPlanningDay.iso), not '\(asOf)'")
        }
    }
}
