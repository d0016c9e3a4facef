// Package celedger holds the domain types of the CE transcript importer and
// CMP reconciler: what a parsed document yields (Record, Source), what the
// reconciler produces (Ledger, PersonLedger, Entry) and the small value types
// both speak (Points, Date, Unit, Area).
//
// A transcript row such as
//
//	Coagulation Case Studies,03/04/2025,1.5,CMLE   (ascp.csv line 7)
//
// becomes a Record{Title: "Coagulation Case Studies", Completed: 2025-03-04,
// Credits: 150, Unit: UnitCMLE, Source: {Path: "ascp.csv", Line: 7}}, and
// after mapping and reconciliation an Entry with Points 150 counted toward
// hematology. The package imports the standard library only.
package celedger
