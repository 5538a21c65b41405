import Foundation
import SESPlanning
import SESRotations

/// Encodes and decodes `schedule.json`: sorted keys and two-space indentation, so the same schedule
/// gives the same bytes.
public enum ScheduleJSON {
    /// The JSON text of a schedule.
    public static func encode(_ schedule: RotationSchedule) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(schedule), as: UTF8.self) + "\n"
    }

    /// Reads a schedule written by ``encode(_:)``.
    public static func decode(_ data: Data) throws -> RotationSchedule {
        try JSONDecoder().decode(RotationSchedule.self, from: data)
    }
}
