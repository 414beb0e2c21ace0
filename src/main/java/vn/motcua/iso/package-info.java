/**
 * The ISO 9001 quality management system: quality objectives evaluated from the measurements, and
 * the nonconformities the QMS processes follow up.
 */
package vn.motcua.iso;
