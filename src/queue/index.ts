/** src/queue: work as jobs in a queue in the store's PostgreSQL (pg-boss), and the worker that runs them. */
export {
  QUEUES,
  type QueueName,
  type JobData,
  type PlaceJob,
  type FetchJob,
  type AnalyzeJob,
} from './jobs.js';
export { JobQueue, type FailedJob, type QueueStatus } from './queue.js';
export { Worker, type WorkerOptions, type WorkerStats } from './worker.js';
export { jsonLogger, errorMessage, type Logger, type Level } from './log.js';
