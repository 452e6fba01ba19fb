using System.Text;
using Huiyin.BuildingBlocks.Http.StorableText;

namespace Huiyin.BuildingBlocks.Tests.Http;

public sealed class StorableTextTests
{
    [Theory]
    [InlineData("王建国", true)]
    [InlineData("漏水 😀 已修", true)]
    [InlineData("", true)]
    [InlineData("a\0b", false)]
    public void Text_with_a_nul_is_not_storable(string text, bool storable) =>
        Assert.Equal(storable, StorableText.IsStorable(text));

    [Fact]
    public void Text_with_an_unpaired_surrogate_is_not_storable()
    {
        // Built here: a test case's data would lose an unpaired surrogate on its way to the runner.
        Assert.False(StorableText.IsStorable(['\ud800']));
        Assert.False(StorableText.IsStorable(['a', '\udc00', 'b']));
        Assert.False(StorableText.IsStorable(['\ud83d', '\ude00', '\ud83d']));
        Assert.False(StorableText.IsStorable(['\ude00', '\ud83d']));
    }

    [Theory]
    [InlineData("""{"name": "\u0000"}""", "name")]
    [InlineData("""{"name": "王建国", "phones": ["138", "1\u00000"]}""", "phones[1]")]
    [InlineData("""{"match": {"workType": "Ticket", "category": "\ud800"}}""", "match.category")]
    [InlineData("""{"items": [{"a": 1}, {"b": [true, "x\uDFFFy"]}]}""", "items[1].b[1]")]
    [InlineData("""["ok", "\u0000"]""", "[1]")]
    [InlineData("""{"bad\u0000name": 1}""", "body")]
    [InlineData("""{"outer": {"bad\u0000name": 1}}""", "outer")]
    [InlineData("\"\\u0000\"", "body")]
    public void The_first_unstorable_string_of_a_json_body_is_named_by_its_field(string json, string field) =>
        Assert.Equal(field, JsonTextScan.FirstUnstorableField(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("""{"name": "王建国", "note": "\u738B\ud83d\ude00"}""")]
    [InlineData("""{"path": "C:\\u0000"}""")]
    [InlineData("""{"name": "\u0000""")]
    [InlineData("""{"count": 3, "tags": [], "nested": {"empty": null}}""")]
    public void Storable_or_unparseable_json_is_left_alone(string json) =>
        Assert.Null(JsonTextScan.FirstUnstorableField(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void A_raw_unpaired_surrogate_in_the_bytes_is_named_by_its_field()
    {
        byte[] json = [.. "{\"name\": \""u8, 0xED, 0xA0, 0x80, .. "\"}"u8];

        Assert.Equal("name", JsonTextScan.FirstUnstorableField(json));
    }
}
