import Hummingbird
import SESInput
import SESReports
import SESRotations

extension WebRoutes {
    /// Uploading files, the problems page with cells editable in place, and whole-file editing.
    func registerInputs(_ router: Router<WebContext>) {
        router.post("/scenarios/:id/files") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                var set: [InputKind: String] = [:]
                var notes: [String] = []
                for kind in InputKind.allCases {
                    guard let text = context.form[kind.rawValue], !text.isEmpty else { continue }
                    if context.form.notUTF8.contains(kind.rawValue) {
                        throw HTTPError(.badRequest, message: "\(kind.fileName) is not UTF-8 text: save it as \"CSV UTF-8\" (or UTF-8 YAML) and upload it again.")
                    }
                    set[kind] = Self.normalised(text)
                    notes.append("\(kind.fileName) (\(Self.lineCount(text)) lines)")
                }
                let next = context.form["next"].map(URLText.localPath)
                guard !set.isEmpty else { return Responses.redirect(next ?? "/scenarios/\(id)") }
                let scenario = try await self.store.changeFiles(id, expectedVersion: try self.expectedVersion(context), set: set,
                                                                who: context.who, action: "uploaded files",
                                                                detail: notes.joined(separator: ", "))
                if let next { return Responses.redirect(next) }
                let (current, files) = try await self.store.scenarioWithFiles(scenario.key)
                if case .failure = try await self.validation(current, files) { return Responses.redirect("/scenarios/\(id)/inputs") }
                return Responses.redirect("/scenarios/\(id)")
            }
        }
        router.post("/scenarios/:id/plum") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                guard let text = context.form["plum"], !text.isEmpty else {
                    throw HTTPError(.badRequest, message: "Choose the PLUM export (CSV) to import.")
                }
                if context.form.notUTF8.contains("plum") {
                    throw HTTPError(.badRequest, message: "The PLUM export is not UTF-8 text: save it as \"CSV UTF-8\" and upload it again.")
                }
                let agency = context.form.text("agency")
                switch try await self.planning.positionsFromPLUM(Self.normalised(text), agency: agency.isEmpty ? nil : agency) {
                case .failure(let error):
                    let view = self.view(request, context)
                    let page = ErrorPage.render(title: "PLUM export not imported",
                                                message: "Nothing was changed. " + error.description, back: "/scenarios/\(id)")
                    return Responses.page(page, view, status: .unprocessableContent)
                case .success(let (csv, summary)):
                    try await self.store.changeFiles(id, expectedVersion: try self.expectedVersion(context), set: [.positions: csv],
                                                     who: context.who, action: "imported positions from a PLUM export",
                                                     detail: summary)
                    return Responses.redirect("/scenarios/\(id)")
                }
            }
        }
        router.get("/scenarios/:id/inputs") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let (scenario, files) = try await self.store.scenarioWithFiles(id)
                var problems: [InputProblem] = []
                if case .failure(let error) = try await self.validation(scenario, files) { problems = error.problems }
                let view = self.view(request, context)
                return Responses.page(InputsPage.render(scenario: scenario, files: files, problems: problems, view), view)
            }
        }
        router.post("/scenarios/:id/cell") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                let form = context.form
                guard let kind = InputKind(rawValue: form.text("kind")), kind.isCSV, let line = form.int("line"),
                      let column = form.int("column") else {
                    throw HTTPError(.badRequest, message: "The form does not say which cell to change.")
                }
                let files = try await self.store.files(id)
                guard let text = files[kind], var grid = try? CSVGrid(text: text) else { throw StoreError.notFound(kind.fileName) }
                let value = form.text("value")
                let name = column <= grid.header.count ? grid.header[column - 1] : "column \(column)"
                guard grid.set(line: line, column: column, to: value) else {
                    throw HTTPError(.badRequest, message: "\(kind.fileName) has no cell at line \(line), column \(column) any more.")
                }
                try await self.store.changeFiles(id, expectedVersion: try self.expectedVersion(context), set: [kind: grid.text],
                                                 who: context.who, action: "edited a cell",
                                                 detail: "\(kind.fileName) line \(line), column '\(name)' set to '\(value)'")
                return Responses.redirect("/scenarios/\(id)/inputs")
            }
        }
        router.get("/scenarios/:id/files/:kind") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                guard let kind = InputKind(rawValue: try self.parameter(context, "kind")) else { throw StoreError.notFound("file") }
                let scenario = try await self.store.scenario(id)
                guard let text = try await self.store.files(id)[kind] else { throw StoreError.notFound(kind.fileName) }
                let view = self.view(request, context)
                return Responses.page(FileTextPage.render(scenario: scenario, kind: kind, text: text, view), view)
            }
        }
        router.get("/scenarios/:id/files/:kind/download") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                guard let kind = InputKind(rawValue: try self.parameter(context, "kind")) else { throw StoreError.notFound("file") }
                guard let text = try await self.store.files(id)[kind] else { throw StoreError.notFound(kind.fileName) }
                return Responses.file(ExportFile(name: kind.fileName, contentType: ExportFile.contentType(for: kind.isCSV ? ".csv" : ".yaml"),
                                                 text: text))
            }
        }
        router.post("/scenarios/:id/files/:kind") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                guard let kind = InputKind(rawValue: try self.parameter(context, "kind")) else { throw StoreError.notFound("file") }
                let text = Self.normalised(context.form["text"] ?? "")
                try await self.store.changeFiles(id, expectedVersion: try self.expectedVersion(context), set: [kind: text],
                                                 who: context.who, action: "edited a file as text",
                                                 detail: "\(kind.fileName) (\(Self.lineCount(text)) lines)")
                return Responses.redirect(InputKind.rotation.contains(kind) ? "/scenarios/\(id)/rotations"
                                          : kind == .draft ? "/scenarios/\(id)/audit" : "/scenarios/\(id)/inputs")
            }
        }
        router.post("/scenarios/:id/files/:kind/remove") { request, context in
            await self.guarded(request, context) {
                let id = try self.scenarioID(context)
                guard let kind = InputKind(rawValue: try self.parameter(context, "kind")),
                      kind != .executives, kind != .positions else { throw StoreError.notFound("file") }
                try await self.store.changeFiles(id, expectedVersion: try self.expectedVersion(context), set: [:], remove: [kind],
                                                 who: context.who, action: "removed a file", detail: kind.fileName)
                return Responses.redirect("/scenarios/\(id)")
            }
        }
    }

    /// Text as stored: without a byte order mark, with LF line ends (CRLF becomes LF; line numbers stay).
    static func normalised(_ text: String) -> String {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        return String(body).replacingOccurrences(of: "\r\n", with: "\n")
    }

    static func lineCount(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
    }
}
