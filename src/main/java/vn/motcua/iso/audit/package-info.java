/** Internal audits (ISO 9001:2015, 9.2): the yearly programme, one audit per department, the printed report. */
package vn.motcua.iso.audit;
