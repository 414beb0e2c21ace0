/** Nonconformities (ISO 9001:2015, 8.7) and their corrective actions (10.2): records, process glue, printed forms. */
package vn.motcua.iso.nonconformity;
