/// Asks for the user's name once per browser; it is kept in a cookie and recorded with every change.
enum NamePage {
    static func render(next: String, current: String?, message: String? = nil, _ view: ViewContext) -> Page {
        var body: Markup = ""
        if let message { body += Components.notice("warn", "\(message)") }
        body += """
        <p class="lead">The workspace records who changed what and when, so the office can show how a plan came about.
        Give your name once; this browser remembers it.</p>

        """
        body += Components.form("/name", view, """
            <input type="hidden" name="next" value="\(next)">
            <div class="field"><label for="user-name">Your name</label>
            <input type="text" id="user-name" name="name" required maxlength="80" size="32" value="\(current ?? "")" autocomplete="name"></div>
            <button type="submit" class="primary">Continue</button>
            """)
        return Page(title: "Who is working?", body: body)
    }
}
