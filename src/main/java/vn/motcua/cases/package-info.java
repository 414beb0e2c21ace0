/**
 * The dossier lifecycle: procedures, dossier records and codes, intake outcomes, milestones and printed forms.
 */
package vn.motcua.cases;
