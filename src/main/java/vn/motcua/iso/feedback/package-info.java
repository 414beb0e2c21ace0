/** What citizens say of their dossiers (ISO 9001:2015, 9.1.2), an input of the management review. */
package vn.motcua.iso.feedback;
