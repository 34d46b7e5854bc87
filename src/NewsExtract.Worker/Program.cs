using NewsExtract.Worker.Commands;

return await CommandLineApp.Build().Parse(args).InvokeAsync();
