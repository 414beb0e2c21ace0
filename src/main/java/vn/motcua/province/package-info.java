/**
 * The province's side of the QMS (Decision 19/2014/QĐ-TTg): the Department of Science and Technology's register
 * of the agencies that apply ISO 9001, their QMS staff and training, and the findings the register itself shows.
 */
package vn.motcua.province;
