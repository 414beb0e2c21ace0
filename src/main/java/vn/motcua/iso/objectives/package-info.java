/** Quality objectives (ISO 9001:2015, 6.2) evaluated each month from the measurements. */
package vn.motcua.iso.objectives;
