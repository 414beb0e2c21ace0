/**
 * The legal rules Motcua applies, each with its legal source and the date it takes effect; a dossier follows
 * the version in force on its receipt day (README: 'Các văn bản pháp luật Motcua áp dụng / The law Motcua
 * follows'). At the bottom of the modules, with {@code engine} and {@code calendar}: it depends on none.
 */
package vn.motcua.law;
