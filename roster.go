package celedger

// RosterEntry is one person on a staff roster (the -roster file): who they
// are, which credentials they hold and when each credential's cycle ends.
// A roster outranks the documents: its cycle ends and credentials are the
// ones reconciled, and a document that prints another cycle end is noted.
type RosterEntry struct {
	Name        string             // as the roster prints it: "Seán O'Brien"
	ID          string             // ASCP customer ID, as printed ("00412233")
	Email       string             // lower case
	Credentials []RosterCredential // in roster order; may be empty (MLS is assumed later)
	Department  string
	Shift       string
	Employer    string // the organisation that gives the person's in-services, when the roster says
	// Unread says which of the person's cells the roster printed but could
	// not be read ("cycle_end \"30/04/2027\" on line 8"), for the notes.
	Unread []string
	Source Source // the roster row (path and line), for messages
}

// RosterCredential is one credential a roster person holds.
type RosterCredential struct {
	Code     string // "MLS", upper case
	CycleEnd Date   // zero when the roster does not give it
}
