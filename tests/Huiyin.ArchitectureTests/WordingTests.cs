using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Localization;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.ArchitectureTests;

/// <summary>Every code an error or a validator can answer with has its zh-CN wording, so no caller meets untranslated text.</summary>
public sealed partial class WordingTests
{
    private static readonly IReadOnlyList<Assembly> Worded = [.. Modules.All, Modules.BuildingBlocks, typeof(Program).Assembly];

    private static readonly TextCatalogue Catalogue = TextCatalogue.Load(Worded);

    [Fact]
    public void Every_error_code_in_the_sources_has_zh_CN_wording()
    {
        var codes = SourceFiles()
            .SelectMany(file => CodePatterns().SelectMany(pattern => pattern.Matches(File.ReadAllText(file)))
                .Select(match => (Code: match.Groups["code"].Value, File: Path.GetFileName(file))))
            .ToList();

        Assert.True(codes.Count > 50, $"The scan found only {codes.Count} codes; has the way errors are written changed?");
        Assert.Empty(codes.Where(c => Catalogue.Find(c.Code) is null).Select(c => $"{c.Code} ({c.File})").Distinct());
    }

    [Fact]
    public void Every_problem_status_and_built_in_rule_has_zh_CN_wording()
    {
        var keys = Enum.GetValues<ErrorKind>().Select(kind => $"status.{ProblemResults.StatusOf(kind)}").Concat(ValidatorCodes.All);

        Assert.Empty(keys.Where(key => Catalogue.Find(key) is null).Distinct());
    }

    [Fact]
    public void Every_validator_rule_has_a_stable_code_with_zh_CN_wording()
    {
        var services = ModuleServices();
        var validators = Worded.SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(type))
            .Select(type => (IValidator)ActivatorUtilities.CreateInstance(services, type))
            .ToList();

        var missing = validators
            .SelectMany(validator => validator.CreateDescriptor().Rules
                .SelectMany(rule => rule.Components.Select(component => (validator, rule, component))))
            .Where(found => found.component.Validator.Name is not ("ChildValidatorAdaptor" or "PolymorphicValidator"))
            .Select(found => (found.validator, found.rule, Code: found.component.ErrorCode ?? found.component.Validator.Name))
            .Where(found => found.Code is ValidatorCodes.Predicate or ValidatorCodes.AsyncPredicate || Catalogue.Find(ValidatorCodes.Of(found.Code)) is null)
            .Select(found => $"{found.validator.GetType().Name}.{found.rule.PropertyName}: {found.Code}")
            .Distinct()
            .ToList();

        Assert.NotEmpty(validators);
        Assert.True(missing.Count == 0, $"Give these rules WithErrorCode and zh-CN wording:\n{string.Join('\n', missing)}");
    }

    /// <summary>What validators may ask for: the services every module registers, as the host composes them.</summary>
    private static ServiceProvider ModuleServices()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddSingleton(DeskTime.FromConfiguration(configuration));
        foreach (var module in Modules.All.SelectMany(assembly => assembly.GetTypes()).Where(type => type is { IsAbstract: false } && typeof(IModule).IsAssignableFrom(type)))
        {
            ((IModule)Activator.CreateInstance(module)!).AddServices(services, configuration);
        }

        return services.BuildServiceProvider();
    }

    private static IEnumerable<string> SourceFiles()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Backend.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("The sources are not above the test's directory.");
        }

        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(Path.Combine(root.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !file.Contains($"{separator}bin{separator}", StringComparison.Ordinal));
    }

    private static IEnumerable<Regex> CodePatterns() =>
    [
        ErrorRecord(), ErrorFactory(), ErrorCodeOfRule(), WordingCall(), FrameworkCode(), HostProblem(),
    ];

    [GeneratedRegex("""ErrorKind\.\w+,\s*"(?<code>[a-z_]+)"[,)]""")]
    private static partial Regex ErrorRecord();

    [GeneratedRegex("""\b(?:Conflict|BusinessRule|Unauthorized|Forbidden|Validation|TakenError|FieldError)\(\s*"(?<code>[a-z_]+)"[,)]""")]
    private static partial Regex ErrorFactory();

    [GeneratedRegex("""WithErrorCode\(\s*"(?<code>[a-z_]+)"\)""")]
    private static partial Regex ErrorCodeOfRule();

    [GeneratedRegex("""wording\.Of\(\s*"(?<code>[a-z_.]+)"[,)]""")]
    private static partial Regex WordingCall();

    [GeneratedRegex("""\(\d{3},\s*"(?<code>[a-z_]+)"\)""")]
    private static partial Regex FrameworkCode();

    [GeneratedRegex("""(?:Problem|WriteAsync)\((?:context, )?StatusCodes\.\w+,\s*"[^"]*",\s*"(?<code>[a-z_]+)"[,)]""")]
    private static partial Regex HostProblem();
}
