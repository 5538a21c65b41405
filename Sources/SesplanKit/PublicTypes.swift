import SESDomain
import SESInput
import SESPlanning
import SESReports
import SESRotations

// The library types front ends name when they use ``PlanningSession``: one import gives them all.

/// A calendar day (UTC), as inputs and plans date things.
public typealias Day = SESDomain.Day
/// The validated inputs of a reassignment run.
public typealias Instance = SESDomain.Instance
/// Every rule the tool applies, with its citation and whether it is law or agency policy.
public typealias RuleCatalogue = SESDomain.RuleCatalogue
/// Every input problem found, each with file, line and column.
public typealias InputError = SESInput.InputError
/// An input file's contents: a path, or a text with the name messages give it.
public typealias InputSource = SESInput.InputSource
/// The limits inputs and settings are held to (plans, time limits, dates).
public typealias InputLimits = SESInput.InputLimits
/// A reassignment problem: the instance with every lawful pair screened.
public typealias ReassignmentProblem = SESPlanning.ReassignmentProblem
/// A candidate reassignment plan.
public typealias Plan = SESPlanning.Plan
/// What a planning run found: plans, a diagnosis, or a time limit without a plan.
public typealias PlanningOutcome = SESPlanning.Planner.Outcome
/// The engine that solves a plan.
public typealias PlanningEngine = SESPlanning.Planner.Engine
/// Why no lawful plan exists.
public typealias Diagnosis = SESPlanning.Diagnosis
/// The audit of a hand-drafted plan.
public typealias DraftAudit = SESPlanning.DraftAudit
/// The audit of a hand-drafted plan as text or JSON.
public typealias DraftAuditText = SESReports.DraftAuditText
/// How a plan was made: the command, the inputs and their digests, the policy.
public typealias PlanProvenance = SESReports.PlanProvenance
/// A run's files, rendered partly while its later plans are searched for.
public typealias PlanRendering = SESReports.PlanRendering
/// A locked, staged output directory.
public typealias OutputDirectory = SESReports.OutputDirectory
/// A failed write, naming the path.
public typealias FileWriteError = SESReports.FileWriteError
/// Numbers as plan files and messages print them.
public typealias PlanCSV = SESReports.PlanCSV
/// The validated inputs of a rotation schedule.
public typealias RotationInput = SESInput.RotationInput
/// What scheduling rotations found: a schedule, people who cannot be scheduled, or a time limit.
public typealias RotationOutcome = SESRotations.RotationOutcome
/// A rotation schedule.
public typealias RotationSchedule = SESRotations.RotationSchedule
