// Layer health per epoch (record.ts) and the signs of trouble read from it (diagnose.ts).
export { HealthRecorder, HEALTH_PROBE_ROWS } from './record';
export { diagnoseLayers, diagnoseRun, DIAGNOSIS_LIMITS } from './diagnose';
export type { Diagnosis, DiagnosisCode } from './diagnose';
