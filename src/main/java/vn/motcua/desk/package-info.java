/**
 * The officer's desk (README: 'Tasklist: the dossier card and the search'): the dossier card shown on every
 * task of a procedure, the dossier code, applicant and due moment on each task of the list, and the search
 * for a dossier by code or applicant name, each as the viewer may see the dossier.
 */
package vn.motcua.desk;
