/** Document control (ISO 9001:2015, 7.5) of procedure models: review, approval, issue as a revision, periodic review. */
package vn.motcua.iso.documentcontrol;
