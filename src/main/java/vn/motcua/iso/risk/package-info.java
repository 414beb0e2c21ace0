/** The register of risks and opportunities (ISO 9001:2015, 6.1) and its follow-up. */
package vn.motcua.iso.risk;
