/** What the ISO secretary and managers watch across the QMS processes. */
package vn.motcua.iso.overview;
