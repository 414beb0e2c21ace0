/**
 * The files of a dossier (README: 'Dossier files'): scanned papers, drafts, signed results and returned results,
 * stored by Motcua in its database, written at the step of the dossier that produces them and read by exactly
 * who may read the dossier.
 */
package vn.motcua.files;
