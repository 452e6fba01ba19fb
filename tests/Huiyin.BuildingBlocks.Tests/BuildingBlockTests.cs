using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.BuildingBlocks.Tests;

public sealed class BuildingBlockTests
{
    [Fact]
    public void A_cursor_round_trips_its_keys_and_rejects_anything_else()
    {
        var cursor = Cursor.Encode("张伟", "0192");

        Assert.Equal(["张伟", "0192"], Cursor.Decode(cursor, 2)!);
        Assert.Null(Cursor.Decode(cursor, 1));
        Assert.Null(Cursor.Decode("not a cursor!", 2));
        Assert.Null(Cursor.Decode(Cursor.Encode("x").Replace('W', '*'), 1));
    }

    [Fact]
    public void A_page_built_from_one_extra_row_has_a_next_cursor_and_a_short_one_has_none()
    {
        var full = Page<string>.From(["a", "b", "c"], limit: 2, s => s);
        var last = Page<string>.From(["a", "b"], limit: 2, s => s);

        Assert.Equal(["a", "b"], full.Items);
        Assert.Equal("b", full.NextCursor);
        Assert.Null(last.NextCursor);
    }

    [Theory]
    [InlineData("\"42\"", 42u)]
    [InlineData("W/\"42\"", 42u)]
    [InlineData("42", 42u)]
    [InlineData("\"abc\"", null)]
    [InlineData(null, null)]
    public void If_match_headers_parse_to_row_versions(string? header, uint? expected) =>
        Assert.Equal(expected, ETags.Parse(header));

    [Fact]
    public void Failed_results_are_built_for_either_result_type()
    {
        var error = Error.Validation("required", "name", "Enter a name.");

        var plain = FailedResult.Of<Result>(error);
        var typed = FailedResult.Of<Result<int>>(error);

        Assert.Same(error, plain.Error);
        Assert.Same(error, typed.Error);
        Assert.Throws<InvalidOperationException>(() => typed.Value);
        Assert.False(FailedResult.CanRepresent(typeof(string)));
    }

    [Theory]
    [InlineData("Username", "username")]
    [InlineData("Roles[0]", "roles[0]")]
    [InlineData("Address.Street", "address.street")]
    public void Property_paths_become_json_field_names(string property, string field) =>
        Assert.Equal(field, FieldNames.ToCamelCasePath(property));

    [Theory]
    [InlineData(typeof(Result), "BuildingBlocks")]
    [InlineData(typeof(BuildingBlockTests), "BuildingBlocks.Tests")]
    public void Module_names_come_from_the_assembly(Type type, string module) =>
        Assert.Equal(module, ModuleNames.Of(type));

    [Theory]
    [InlineData(24 * 3600, "PT24H")]
    [InlineData(48 * 3600, "PT48H")]
    [InlineData(5400, "PT1H30M")]
    [InlineData(30, "PT30S")]
    [InlineData(0, "PT0S")]
    public void Durations_are_written_in_hours_minutes_and_seconds(int seconds, string iso)
    {
        Assert.Equal(iso, IsoDurations.Format(TimeSpan.FromSeconds(seconds)));
        Assert.Equal(TimeSpan.FromSeconds(seconds), IsoDurations.Parse(iso));
    }

    [Theory]
    [InlineData("P2D", 48)]
    [InlineData("PT3H", 3)]
    public void Durations_are_read_in_any_iso_form(string iso, int hours) => Assert.Equal(TimeSpan.FromHours(hours), IsoDurations.Parse(iso));

    [Theory]
    [InlineData("3 hours")]
    [InlineData("03:00:00")]
    [InlineData("")]
    public void Anything_else_is_not_a_duration(string text) => Assert.Null(IsoDurations.Parse(text));
}
