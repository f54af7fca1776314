# New assessment form.

new-title = New assessment
new-section-agency = Agency
new-agency-name = Agency name
new-agency-name-hint = The ministry, authority or municipality being assessed.
new-sector = Sector
new-country = Country
new-country-group-arab = Arab League
new-country-group-other = Other countries
new-size = Size
new-section-framework = Framework
new-no-frameworks = No framework is installed. Install one from the Frameworks screen.
new-section-details = Assessment
new-mode = Mode
mode-self = Self-assessment
mode-self-hint = One person answers for the agency.
mode-interview = Interviews
mode-interview-hint = A consultant interviews several officials and consolidates their answers.
new-assessment-title = Title
new-assessment-title-hint = Filled in for you; change it if you like.
# The default title of a new assessment, e.g. "Ministry of Health — Innovation Readiness 2025".
new-default-title = { $agency } — { $framework } { $year }
new-submit = Create and start
new-creating = Creating…
new-create-failed = The assessment could not be created.

new-error-name-required = Enter the name of the agency.
new-error-framework-required = Choose a framework.
new-error-title-required = Enter a title.
new-error-too-long = Use at most { $max } characters.
