/** Management reviews (ISO 9001:2015, 9.3): inputs compiled from every QMS record, the meeting, its decided actions. */
package vn.motcua.iso.review;
