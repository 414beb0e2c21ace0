/** Printed documents in Vietnamese: the forms of the one-stop shop and the QMS records. */
package vn.motcua.print;
