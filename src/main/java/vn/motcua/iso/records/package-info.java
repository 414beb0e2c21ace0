/** Records control (ISO 9001:2015, 7.5.3): monthly reviews of records whose retention period has expired. */
package vn.motcua.iso.records;
