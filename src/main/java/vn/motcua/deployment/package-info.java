/**
 * Deploying processes/ to the engine, and the model rules every BPMN must pass before it is stored.
 */
package vn.motcua.deployment;
