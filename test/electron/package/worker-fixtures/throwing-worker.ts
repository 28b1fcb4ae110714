// A worker whose parser blows up: an uncaught exception in the thread.
throw new Error('parser exploded on a hostile archive');
