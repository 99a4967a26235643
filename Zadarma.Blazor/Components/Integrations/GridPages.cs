using MudBlazor;
using Zadarma.Core.Paging;

namespace Zadarma.Blazor.Components.Integrations;

/// <summary>A server-side grid's request in the terms of the stores' queries, and their answer in the grid's.</summary>
public static class GridPages
{
    public static PageRequest Request<T>(GridState<T> state)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        return new PageRequest(state.Page * state.PageSize, state.PageSize, sort?.SortBy, sort?.Descending ?? false);
    }

    public static GridData<T> Data<T>(Page<T> page) => new() { Items = page.Items, TotalItems = page.Total };
}
