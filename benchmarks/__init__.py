"""ChatTasks benchmarks: synthetic export generators and peer comparisons."""
