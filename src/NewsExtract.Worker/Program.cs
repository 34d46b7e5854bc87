using System.CommandLine;
using NewsExtract.Worker.Commands;

// Ctrl+C cancels the running verb's token; the verb finishes its current step and exits on its own
// (no forced termination, so a feed write is never cut short).
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await CommandLineApp.Build().Parse(args).InvokeAsync(invocation);
