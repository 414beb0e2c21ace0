/** Changes of legal documents and the procedure reviews they open (Decision 19/2014/QĐ-TTg). */
package vn.motcua.iso.legal;
