// A worker that ends its thread without an answer (process.exit in a worker ends only the worker).
process.exit(3);
